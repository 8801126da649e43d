namespace Chokepoint.Simulation.Scenarios;

/// <summary>Shape of an uncertain parameter's distribution.</summary>
public enum DistributionKind
{
    /// <summary>Uniform on [Min, Max].</summary>
    Uniform,
    /// <summary>Triangular on [Min, Max] with peak at Mode.</summary>
    Triangular,
    /// <summary>Log-normal with the given Median and Sigma (of the log).</summary>
    LogNormal,
}

/// <summary>A probability distribution of one uncertain parameter. Sampling is pure given the random source.</summary>
public sealed record Distribution(DistributionKind Kind, double Min = 0, double Mode = 0, double Max = 0, double Median = 1, double Sigma = 0)
{
    /// <summary>Draws one value using <paramref name="random"/> (a seeded generator owned by the caller).</summary>
    public double Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var u = random.NextDouble();
        switch (Kind)
        {
            case DistributionKind.Uniform:
                return Min + ((Max - Min) * u);
            case DistributionKind.Triangular:
                if (Max <= Min) return Min;
                var c = (Mode - Min) / (Max - Min);
                return u < c
                    ? Min + Math.Sqrt(u * (Max - Min) * (Mode - Min))
                    : Max - Math.Sqrt((1 - u) * (Max - Min) * (Max - Mode));
            default:
                // Box–Muller with a second uniform; 1 - u keeps the log argument in (0, 1].
                var v = random.NextDouble();
                var z = Math.Sqrt(-2.0 * Math.Log(1.0 - u)) * Math.Cos(2.0 * Math.PI * v);
                return Median * Math.Exp(Sigma * z);
        }
    }
}

/// <summary>The uncertain parameters of a scenario; null entries are not drawn.</summary>
public sealed record UncertainParameters
{
    /// <summary>Approval rate applied to every licence regime of the scenario, 0–1 (draws are clamped).</summary>
    public Distribution? ApprovalRate { get; init; }
    /// <summary>Licence delay in days applied to every licence regime (rounded, ≥ 0).</summary>
    public Distribution? LicenceDelayDays { get; init; }
    /// <summary>Factor on every stock cover, ≥ 0.</summary>
    public Distribution? StockDaysFactor { get; init; }
    /// <summary>Factor on every expansion time, ≥ 0.</summary>
    public Distribution? ExpansionDaysFactor { get; init; }

    /// <summary>True when no parameter is uncertain.</summary>
    public bool IsEmpty => ApprovalRate is null && LicenceDelayDays is null && StockDaysFactor is null && ExpansionDaysFactor is null;
}
