namespace Chokepoint.Contracts;

/// <summary>Timings of <c>mrio bench</c> (wall-clock seconds; null when a step was not run) on a seeded synthetic MRIO.</summary>
public sealed record MrioBenchJson(
    long Sectors,
    int Regions,
    int SectorsPerRegion,
    double GenerateSeconds,
    double? LeontiefInverseSeconds,
    double SetupSeconds,
    double MultipliersSeconds,
    double SupplyShockSeconds,
    double DemandShockSeconds,
    double CpuSeconds,
    double PeakMemoryMb);
