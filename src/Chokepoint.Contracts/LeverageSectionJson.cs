namespace Chokepoint.Contracts;

/// <summary>The report's leverage: China over the USA and the reverse on the date, and the US 2025 chip controls' scenario.</summary>
public sealed record LeverageSectionJson(IReadOnlyList<LeverageJson> ChnUsa, IReadOnlyList<LeverageJson> UsaChn, [property: System.Text.Json.Serialization.JsonPropertyName("usa_chn_spring_2025")] IReadOnlyList<LeverageJson> UsaChnSpring2025);
