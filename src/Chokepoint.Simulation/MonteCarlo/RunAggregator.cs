using Chokepoint.Simulation.Engine;
using Chokepoint.Simulation.Network;

namespace Chokepoint.Simulation.MonteCarlo;

/// <summary>
/// Combines Monte Carlo runs as they finish, so memory does not grow with the daily series of every run: TTS and TTR
/// go into exact per-node histograms of days, lost and minimum output are kept as one double per run and node, and the
/// daily output fractions (and flows) go into per-(node, day) histograms with bins of <see cref="Resolution"/>, so
/// their percentiles are exact to half a bin. Counts are integers added in any order, and per-run values are stored
/// by run index, so the result does not depend on thread count or batch size.
/// </summary>
internal sealed class RunAggregator
{
    /// <summary>Bins per unit of output fraction (flows: per unit of the flow's baseline); percentiles are exact to 1 / (2 × this).</summary>
    public const int BinsPerUnit = 1000;
    /// <summary>Width of one bin of a daily series.</summary>
    public const double Resolution = 1.0 / BinsPerUnit;
    private const int FractionBins = BinsPerUnit + 1;

    private readonly int _runs;
    private readonly int _h;
    private readonly int[] _tracked;
    private readonly int[] _tts;
    private readonly int[] _ttr;
    private readonly double[] _lost;
    private readonly double[] _min;
    private readonly int[] _series;
    private readonly double[] _flowBaseline;
    private readonly int _flowBins;
    private readonly int[] _flows;

    public RunAggregator(SupplyNetwork network, int[] tracked, FlowIndex? flows, int runs)
    {
        _runs = runs;
        _h = network.HorizonDays;
        _tracked = tracked;
        _tts = new int[tracked.Length * (_h + 1)];
        _ttr = new int[tracked.Length * (_h + 1)];
        _lost = new double[tracked.Length * runs];
        _min = new double[tracked.Length * runs];
        _series = new int[tracked.Length * _h * FractionBins];
        var flowCount = flows?.Keys.Count ?? 0;
        _flowBaseline = new double[flowCount];
        for (var f = 0; f < flowCount; f++) _flowBaseline[f] = flows!.BaselineOf(network, f);
        _flowBins = (int)Math.Ceiling(MaxOrderFactor(network) * BinsPerUnit) + 1;
        _flows = new int[flowCount * _h * _flowBins];
    }

    /// <summary>Bytes the aggregator holds for <paramref name="tracked"/> nodes, <paramref name="flows"/> flows and <paramref name="runs"/> runs over <paramref name="network"/>.</summary>
    public static long EstimateBytes(SupplyNetwork network, int tracked, int flows, int runs)
    {
        var h = (long)network.HorizonDays;
        var flowBins = (long)Math.Ceiling(MaxOrderFactor(network) * BinsPerUnit) + 1;
        return (tracked * (h + 1) * 8) + (tracked * (long)runs * 16) + (tracked * h * FractionBins * 4) + (flows * h * flowBins * 4);
    }

    /// <summary>Adds runs [<paramref name="firstRun"/>, +<paramref name="count"/>) held in <paramref name="batch"/>[0..count).</summary>
    public void Add(RunResult[] batch, int firstRun, int count, int threads)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        Parallel.For(0, _tracked.Length + _flowBaseline.Length, options, i =>
        {
            if (i < _tracked.Length) AddNode(batch, firstRun, count, i);
            else AddFlow(batch, count, i - _tracked.Length);
        });
    }

    private void AddNode(RunResult[] batch, int firstRun, int count, int i)
    {
        var node = _tracked[i];
        var days = _h + 1;
        for (var b = 0; b < count; b++)
        {
            var run = batch[b];
            var tts = run.TtsDays[node];
            var ttr = run.TtrDays[node];
            _tts[(i * days) + (tts < 0 ? _h : tts)]++;
            _ttr[(i * days) + (ttr < 0 ? _h : ttr)]++;
            _lost[(i * _runs) + firstRun + b] = run.LostOutputPct[node];
            _min[(i * _runs) + firstRun + b] = run.MinOutputFraction[node];
            var series = run.Series.AsSpan(i * _h, _h);
            var hist = _series.AsSpan(i * _h * FractionBins, _h * FractionBins);
            for (var t = 0; t < _h; t++) hist[(t * FractionBins) + ToBin(series[t], FractionBins)]++;
        }
    }

    private void AddFlow(RunResult[] batch, int count, int f)
    {
        var baseline = _flowBaseline[f];
        var hist = _flows.AsSpan(f * _h * _flowBins, _h * _flowBins);
        for (var b = 0; b < count; b++)
        {
            var series = batch[b].Flows.AsSpan(f * _h, _h);
            for (var t = 0; t < _h; t++) hist[(t * _flowBins) + ToBin(baseline > 0 ? series[t] / baseline : 0, _flowBins)]++;
        }
    }

    /// <summary>TTS (days; null = beyond the horizon) of tracked node i.</summary>
    public Stat Tts(int i) => DayStat(_tts.AsSpan(i * (_h + 1), _h + 1));

    /// <summary>TTR (days; null = never) of tracked node i.</summary>
    public Stat Ttr(int i) => DayStat(_ttr.AsSpan(i * (_h + 1), _h + 1));

    /// <summary>Lost output % of tracked node i (exact).</summary>
    public Stat Lost(int i) => Percentiles.Of(_lost.AsSpan(i * _runs, _runs).ToArray());

    /// <summary>Minimum output fraction of tracked node i (exact).</summary>
    public Stat Min(int i) => Percentiles.Of(_min.AsSpan(i * _runs, _runs).ToArray());

    /// <summary>Daily median, 5th and 95th percentile of the output fraction of tracked node i, to <see cref="Resolution"/>.</summary>
    public (double[] Median, double[] P5, double[] P95) Series(int i)
    {
        var (median, p5, p95) = (new double[_h], new double[_h], new double[_h]);
        for (var t = 0; t < _h; t++)
        {
            var hist = _series.AsSpan(((i * _h) + t) * FractionBins, FractionBins);
            median[t] = (double)RankBin(hist, 50) / BinsPerUnit;
            p5[t] = (double)RankBin(hist, 5) / BinsPerUnit;
            p95[t] = (double)RankBin(hist, 95) / BinsPerUnit;
        }
        return (median, p5, p95);
    }

    /// <summary>Daily median of flow f in units per day, to <see cref="Resolution"/> of its baseline.</summary>
    public double[] FlowMedian(int f)
    {
        var median = new double[_h];
        for (var t = 0; t < _h; t++)
            median[t] = (double)RankBin(_flows.AsSpan(((f * _h) + t) * _flowBins, _flowBins), 50) / BinsPerUnit * _flowBaseline[f];
        return median;
    }

    private Stat DayStat(ReadOnlySpan<int> hist)
    {
        return new Stat(Day(RankBin(hist, 50)), Day(RankBin(hist, 5)), Day(RankBin(hist, 95)));
    }

    private double? Day(int bin) => bin == _h ? null : bin;

    /// <summary>The bin holding the nearest-rank <paramref name="pct"/> percentile of the counts.</summary>
    private int RankBin(ReadOnlySpan<int> hist, double pct)
    {
        var rank = Math.Clamp((int)Math.Ceiling(pct / 100.0 * _runs) - 1, 0, _runs - 1);
        var seen = 0;
        for (var b = 0; b < hist.Length; b++)
        {
            seen += hist[b];
            if (seen > rank) return b;
        }
        return hist.Length - 1;
    }

    private static int ToBin(double value, int bins) => Math.Clamp((int)Math.Round(value * BinsPerUnit), 0, bins - 1);

    /// <summary>Largest factor a buyer's order can put on a flow (1 + the largest restocking rate), bounding flow / baseline.</summary>
    private static double MaxOrderFactor(SupplyNetwork network)
    {
        var max = 0.0;
        foreach (var r in network.SlotRefill) if (r > max && double.IsFinite(r)) max = r;
        return 1.0 + max;
    }
}
