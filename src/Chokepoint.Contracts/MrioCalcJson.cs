namespace Chokepoint.Contracts;

/// <summary>What <c>mrio calc</c> wrote: the folder, the system's regions, sectors and extensions, and every table file.</summary>
public sealed record MrioCalcJson(string OutDir, IReadOnlyList<string> Regions, IReadOnlyList<string> Sectors, IReadOnlyList<string> Extensions, IReadOnlyList<string> Tables);
