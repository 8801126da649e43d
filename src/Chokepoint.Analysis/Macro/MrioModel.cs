using Chokepoint.Model.Macro;
using MathNet.Numerics.LinearAlgebra;

namespace Chokepoint.Analysis.Macro;

/// <summary>
/// The quantity models on a computed MRIO: Leontief (demand-driven, x = L·y), Ghosh (supply-driven,
/// x' = v'·G with G = (I − B)⁻¹, B = diag(x)⁻¹·Z) and the inoperability model (q = Δx ÷ x), with value
/// added read from the "factor_inputs" extension (all rows summed) or, without one, as x − Z's column sums.
/// Linear algebra runs in MathNet.Numerics. Immutable after construction; thread-safe.
/// </summary>
public sealed class MrioModel
{
    private readonly LeontiefOperator op;
    private readonly int n;
    private readonly MrioSystem system;
    private readonly IReadOnlyList<IReadOnlyList<string>> keys;

    /// <summary>Builds the models from computed accounts (the Leontief inverse is used as computed).</summary>
    public MrioModel(MrioAccounts accounts)
        : this((accounts ?? throw new ArgumentNullException(nameof(accounts))).System, accounts.X.Values, LeontiefOperator.FromInverse(accounts.L.Values, accounts.X.RowCount))
    {
    }

    private MrioModel(MrioSystem system, double[] x, LeontiefOperator op)
    {
        this.system = system;
        this.op = op;
        n = x.Length;
        keys = system.Z.Rows.Keys;
        Output = x;
        ValueAdded = ValueAddedOf(system, x);
        var recix = MrioCalculator.Reciprocal(x);
        var v = new double[n];
        for (var j = 0; j < n; j++) v[j] = ValueAdded[j] * recix[j];
        ValueAddedPerOutput = v;
    }

    /// <summary>Builds the models without inverting I − A: every shock is an iterative solve (for large systems).</summary>
    public static MrioModel WithoutInverse(MrioSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var x = MrioCalculator.TotalOutput(system);
        var size = x.Length;
        var a = MrioCalculator.ScaleColumns(system.Z.Values, size, size, MrioCalculator.Reciprocal(x));
        return new MrioModel(system, x, LeontiefOperator.FromCoefficients(a, size));
    }

    /// <summary>Total output x per (region, sector).</summary>
    public IReadOnlyList<double> Output { get; }

    /// <summary>Value added per (region, sector).</summary>
    public IReadOnlyList<double> ValueAdded { get; }

    /// <summary>Value added per unit of output, v = VA ÷ x (0 where x = 0).</summary>
    public IReadOnlyList<double> ValueAddedPerOutput { get; }

    /// <summary>Output multipliers 1'·L (column sums of L): output everywhere per unit of final demand for a sector.</summary>
    public IReadOnlyList<double> OutputMultipliers() => op.SolveTransposed(Enumerable.Repeat(1.0, n).ToArray());

    /// <summary>Value-added multipliers v'·L: value added everywhere per unit of final demand for a sector.</summary>
    public IReadOnlyList<double> ValueAddedMultipliers() => op.SolveTransposed(ValueAddedPerOutput);

    /// <summary>The Ghosh inverse G = (I − B)⁻¹ with B = diag(x)⁻¹·Z, row-major.</summary>
    public static double[] GhoshInverse(MrioSystem system, IReadOnlyList<double> output)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(output);
        var size = output.Count;
        var b = new double[size * size];
        for (var i = 0; i < size; i++)
        {
            var r = output[i] == 0 ? 0 : 1 / output[i];
            for (var j = 0; j < size; j++) b[(i * size) + j] = system.Z.Values[(i * size) + j] * r;
        }
        return MrioCalculator.Leontief(b, size);
    }

    /// <summary>Leontief demand shock: Δx = L·Δy for a fall <paramref name="finalDemandLost"/> in final demand per (region, sector).</summary>
    public MrioShockResult DemandShock(IReadOnlyList<double> finalDemandLost)
    {
        ArgumentNullException.ThrowIfNull(finalDemandLost);
        if (finalDemandLost.Count != n) throw new ArgumentException($"{finalDemandLost.Count} values; expected {n}, one per (region, sector)", nameof(finalDemandLost));
        var dx = op.Solve(Finite(finalDemandLost, nameof(finalDemandLost)).ToArray());
        return Result("leontief-demand", dx, finalDemandLost.Select(v => v != 0).ToArray());
    }

    /// <summary>
    /// Supply shock spread forward (Ghosh, in inoperability form): the given sectors lose the given share of
    /// their output, and every sector that uses their output, directly or through others, loses in proportion.
    /// With c the primary-input loss per unit of output, q' = c'·L; c on the shocked set S is solved so that
    /// q equals the given loss on S exactly (c_S' = f_S'·L_SS⁻¹), so the given losses are met, not compounded.
    /// </summary>
    /// <exception cref="ArgumentException">A sector is unknown, listed twice, or its loss is outside 0–1.</exception>
    public MrioShockResult SupplyShock(IReadOnlyList<SectorOutputLoss> losses)
    {
        ArgumentNullException.ThrowIfNull(losses);
        var shocked = new List<int>();
        var f = new List<double>();
        foreach (var loss in losses)
        {
            if (!double.IsFinite(loss.LostFraction) || loss.LostFraction < 0 || loss.LostFraction > 1)
                throw new ArgumentException($"loss of {loss.Region}/{loss.Sector} is {loss.LostFraction}; expected a share from 0 to 1", nameof(losses));
            var idx = IndexOf(loss.Region, loss.Sector);
            if (shocked.Contains(idx)) throw new ArgumentException($"{loss.Region}/{loss.Sector} is listed twice; expected one loss per sector", nameof(losses));
            shocked.Add(idx);
            f.Add(loss.LostFraction);
        }
        var q = new double[n];
        if (shocked.Count > 0)
        {
            var rows = shocked.Select(k =>
            {
                var e = new double[n];
                e[k] = 1;
                return op.SolveTransposed(e);
            }).ToList();
            var lss = Matrix<double>.Build.Dense(shocked.Count, shocked.Count, (a, b) => rows[a][shocked[b]]);
            var c = lss.Transpose().Solve(Vector<double>.Build.DenseOfEnumerable(f));
            for (var j = 0; j < n; j++)
            {
                var s = 0.0;
                for (var a = 0; a < shocked.Count; a++) s += c[a] * rows[a][j];
                q[j] = s;
            }
            for (var a = 0; a < shocked.Count; a++) q[shocked[a]] = f[a];
        }
        var dx = new double[n];
        for (var j = 0; j < n; j++) dx[j] = q[j] * Output[j];
        var exogenous = new bool[n];
        foreach (var i in shocked) exogenous[i] = true;
        return Result("ghosh-supply", dx, exogenous);
    }

    /// <summary>
    /// Demand-side inoperability q = (I − A*)⁻¹·c with A* = diag(x)⁻¹·A·diag(x) (= diag(x)⁻¹·Z), for a demand
    /// perturbation c given as a share of each sector's output.
    /// </summary>
    public IReadOnlyList<double> DemandInoperability(IReadOnlyList<double> perturbation)
    {
        ArgumentNullException.ThrowIfNull(perturbation);
        var x = Output;
        var z = system.Z.Values;
        var size = n;
        var aStar = Matrix<double>.Build.Dense(n, n, (i, j) => x[i] == 0 ? 0 : z[(i * size) + j] / x[i]);
        return (Matrix<double>.Build.DenseIdentity(n) - aStar).Solve(Vector<double>.Build.DenseOfEnumerable(Finite(perturbation, nameof(perturbation)))).ToArray();
    }

    private int IndexOf(string region, string sector)
    {
        for (var i = 0; i < n; i++)
            if (keys[i][0] == region && keys[i][^1] == sector) return i;
        throw new ArgumentException($"no sector '{region}/{sector}' in the MRIO; expected a region and sector as its tables name them", nameof(region));
    }

    private MrioShockResult Result(string method, double[] dx, bool[] exogenous)
    {
        var sectors = new List<MrioSectorImpact>(n);
        var capped = new List<string>();
        for (var i = 0; i < n; i++)
        {
            var lost = dx[i];
            if (lost > Output[i]) { lost = Output[i]; capped.Add(string.Join('/', keys[i])); }
            var q = Output[i] == 0 ? 0 : lost / Output[i];
            sectors.Add(new MrioSectorImpact(keys[i][0], keys[i][^1], Output[i], lost, ValueAdded[i], q * ValueAdded[i], q, exogenous[i]));
        }
        return new MrioShockResult(method, sectors, capped);
    }

    private static double[] ValueAddedOf(MrioSystem system, double[] x)
    {
        var size = x.Length;
        var va = new double[size];
        var ext = system.Extensions.FirstOrDefault(e => e.Name == MrioSystem.ValueAddedExtension);
        if (ext is not null)
        {
            for (var r = 0; r < ext.F.RowCount; r++)
                for (var j = 0; j < size; j++) va[j] += ext.F[r, j];
            return va;
        }
        for (var j = 0; j < size; j++)
        {
            var inputs = 0.0;
            for (var i = 0; i < size; i++) inputs += system.Z.Values[(i * size) + j];
            va[j] = x[j] - inputs;
        }
        return va;
    }

    private static IEnumerable<double> Finite(IReadOnlyList<double> values, string name)
    {
        foreach (var v in values)
            yield return double.IsFinite(v) ? v : throw new ArgumentException($"{v} is not a finite number", name);
    }
}
