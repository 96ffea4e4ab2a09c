import MunicipalPlatform
import NationalPlatform
import PlatformCore
import ProvincialPlatform
import SharingModel
import SimKernel

/// One platform actor of a built world, whatever its level.
public enum PlatformHandle: Sendable {
    /// The national platform.
    case national(NationalPlatformActor)
    /// A provincial platform.
    case provincial(ProvincialPlatformActor)
    /// A municipal platform.
    case municipal(MunicipalPlatformActor)

    /// The actor, as the kernel sees it.
    var actor: any SimActor<SharingModel.Message> {
        switch self {
        case .national(let a): a
        case .provincial(let a): a
        case .municipal(let a): a
        }
    }

    /// The platform's state, read synchronously by code running on the world's simulation executor (which
    /// every actor of the world shares); traps anywhere else.
    func currentInstance() -> PlatformInstance {
        switch self {
        case .national(let a): a.assumeIsolated { $0.currentInstance() }
        case .provincial(let a): a.assumeIsolated { $0.currentInstance() }
        case .municipal(let a): a.assumeIsolated { $0.currentInstance() }
        }
    }
}
