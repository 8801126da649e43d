namespace Chokepoint.Contracts;

/// <summary>Counts of a brief: claims by status and control events.</summary>
public sealed record BriefSummaryJson(int Claims, int Agrees, int Conflicts, int New, int Events);
