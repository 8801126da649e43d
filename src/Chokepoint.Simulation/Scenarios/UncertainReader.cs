using Chokepoint.Data.Yaml;

namespace Chokepoint.Simulation.Scenarios;

/// <summary>Reads the 'uncertain' mapping of a scenario: one distribution per known parameter.</summary>
internal static class UncertainReader
{
    private static readonly string[] Kinds = ["uniform", "triangular", "lognormal"];

    public static UncertainParameters Read(YamlMap? map)
    {
        if (map is null) return new UncertainParameters();
        var result = new UncertainParameters
        {
            ApprovalRate = Dist(map, "approval_rate", 0, 1),
            LicenceDelayDays = Dist(map, "licence_delay_days", 0, 3650),
            StockDaysFactor = Dist(map, "stock_days_factor", 0, 100),
            ExpansionDaysFactor = Dist(map, "expansion_days_factor", 0, 100),
        };
        map.WarnUnknownKeys();
        return result;
    }

    private static Distribution? Dist(YamlMap parent, string key, double min, double max)
    {
        var m = parent.Map(key);
        if (m is null) return null;
        var kind = m.Text("dist", true);
        Distribution? result = null;
        switch (kind)
        {
            case null:
                break;
            case "uniform":
                {
                    var lo = m.Number("min", min, max, true);
                    var hi = m.Number("max", min, max, true);
                    if (lo is not null && hi is not null)
                    {
                        if (hi < lo) m.Error("max", $"max {hi} is below min {lo}; expected min ≤ max");
                        else result = new Distribution(DistributionKind.Uniform, Min: lo.Value, Max: hi.Value);
                    }
                    break;
                }
            case "triangular":
                {
                    var lo = m.Number("min", min, max, true);
                    var mode = m.Number("mode", min, max, true);
                    var hi = m.Number("max", min, max, true);
                    if (lo is not null && mode is not null && hi is not null)
                    {
                        if (!(lo <= mode && mode <= hi)) m.Error("mode", $"expected min ≤ mode ≤ max, got {lo} ≤ {mode} ≤ {hi}");
                        else result = new Distribution(DistributionKind.Triangular, Min: lo.Value, Mode: mode.Value, Max: hi.Value);
                    }
                    break;
                }
            case "lognormal":
                {
                    var median = m.Number("median", 1e-9, max, true);
                    var sigma = m.Number("sigma", 0, 5, true);
                    if (median is not null && sigma is not null)
                        result = new Distribution(DistributionKind.LogNormal, Median: median.Value, Sigma: sigma.Value);
                    break;
                }
            default:
                m.Error("dist", $"unknown distribution '{kind}'; expected one of {string.Join(", ", Kinds)}");
                break;
        }
        m.WarnUnknownKeys();
        return result;
    }
}
