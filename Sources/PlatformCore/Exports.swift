// The platform modules import PlatformCore only (DESIGN.md's module table); the model and kernel
// types their actors speak come through it.
@_exported import SharingModel
@_exported import SimKernel
