/// The version of ShareSim, written into `manifest.json` and printed by `sharesim --version`.
public enum ShareSimVersion {
    public static let current = "0.1.0"
}
