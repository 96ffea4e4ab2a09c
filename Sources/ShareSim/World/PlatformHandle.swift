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

    /// The platform's state; call on the run's executor.
    func currentInstance() async -> PlatformInstance {
        switch self {
        case .national(let a): await a.currentInstance()
        case .provincial(let a): await a.currentInstance()
        case .municipal(let a): await a.currentInstance()
        }
    }
}
