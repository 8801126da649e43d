namespace Chokepoint.Evidence.Insights;

/// <summary>The core insights of an industry across the workspace: groups of insights and the references they cite.</summary>
/// <param name="Industry">Industry id (as in items.csv).</param>
/// <param name="Documents">Documents that contributed a claim or an event.</param>
/// <param name="Claims">Share claims of the industry read.</param>
/// <param name="Events">Control events of the industry read.</param>
public sealed record IndustryInsights(string Industry, int Documents, int Claims, int Events, IReadOnlyList<InsightGroup> Groups, IReadOnlyList<InsightReference> References);
