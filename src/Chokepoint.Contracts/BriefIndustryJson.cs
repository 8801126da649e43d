namespace Chokepoint.Contracts;

/// <summary>One industry of a brief: matched terms, claims, events and items mentioned.</summary>
public sealed record BriefIndustryJson(string Industry, IReadOnlyList<string> Terms, IReadOnlyList<ClaimJson> Claims, IReadOnlyList<EventJson> Events, IReadOnlyList<string> Items);
