using Chokepoint.Model.Macro;
using MathNet.Numerics.LinearAlgebra;

namespace Chokepoint.Analysis.Macro;

/// <summary>
/// Computes an MRIO system's core and accounts the way pymrio's <c>calc_all</c> does: x = Z·1 + Y·1,
/// A = Z·diag(x)⁻¹, L = (I − A)⁻¹ (MathNet LU), and per extension S, S_Y, M = S·L and the D accounts from
/// L applied to final demand diagonalised by sector and region. Matrix inversion and products run in
/// MathNet.Numerics; only element-wise scaling and sums are written here. Stateless and thread-safe.
/// </summary>
public static class MrioCalculator
{
    /// <summary>Computes x, A, L and every extension's accounts.</summary>
    /// <exception cref="MrioComputationException">I − A is singular or the inverse is not finite.</exception>
    public static MrioAccounts Calculate(MrioSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var blocks = MrioBlocks.Of(system);
        var n = blocks.Size;
        var x = TotalOutput(system);
        var recix = Reciprocal(x);
        var a = ScaleColumns(system.Z.Values, n, n, recix);
        var l = Leontief(a, n);
        var lMatrix = Matrix<double>.Build.DenseOfRowMajor(n, n, l);
        var xDiag = OutputByFinalDemand(system, blocks, l);
        var extensions = system.Extensions.Select(e => Accounts(system, blocks, e, recix, lMatrix, xDiag)).ToList();
        var z = system.Z;
        return new MrioAccounts(system, new MrioMatrix(z.Rows, MrioLabels.Single("", ["indout"]), x), new MrioMatrix(z.Rows, z.Columns, a), new MrioMatrix(z.Rows, z.Columns, l), extensions);
    }

    /// <summary>x[i] = Σ_j Z[i, j] + Σ_k Y[i, k].</summary>
    public static double[] TotalOutput(MrioSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var n = system.Z.RowCount;
        var yc = system.Y.ColumnCount;
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            var s = 0.0;
            for (var j = 0; j < n; j++) s += system.Z.Values[(i * n) + j];
            for (var k = 0; k < yc; k++) s += system.Y.Values[(i * yc) + k];
            x[i] = s;
        }
        return x;
    }

    /// <summary>The Leontief inverse (I − A)⁻¹ of a row-major n × n coefficient matrix, row-major.</summary>
    /// <exception cref="MrioComputationException">I − A is singular or the inverse is not finite.</exception>
    public static double[] Leontief(double[] a, int n)
    {
        ArgumentNullException.ThrowIfNull(a);
        var m = Matrix<double>.Build.DenseIdentity(n) - Matrix<double>.Build.DenseOfRowMajor(n, n, a);
        var lu = m.LU();
        if (lu.Determinant == 0) throw new MrioComputationException("I − A is singular: no Leontief inverse (a sector's inputs equal or exceed its output)");
        var l = lu.Inverse().ToRowMajorArray();
        foreach (var v in l)
            if (!double.IsFinite(v)) throw new MrioComputationException("the Leontief inverse (I − A)⁻¹ has values that are not finite; expected a productive system (column sums of A below 1)");
        return l;
    }

    /// <summary>1 ÷ x element-wise, 0 where x = 0 (pymrio's convention).</summary>
    public static double[] Reciprocal(double[] x)
    {
        var r = new double[x.Length];
        for (var i = 0; i < x.Length; i++) r[i] = x[i] == 0 ? 0 : 1 / x[i];
        return r;
    }

    /// <summary>Each column j of a row-major rows × columns array multiplied by factor[j], as a new array.</summary>
    public static double[] ScaleColumns(double[] values, int rows, int columns, double[] factor)
    {
        var r = new double[values.Length];
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < columns; j++) r[(i * columns) + j] = values[(i * columns) + j] * factor[j];
        return r;
    }

    /// <summary>
    /// x_diag = L·Y_diag, where Y_diag's column (c, j) holds region c's final demand for sector j's product
    /// from every region (pymrio's diagonalize_columns_to_sectors); computed without forming Y_diag.
    /// </summary>
    private static double[] OutputByFinalDemand(MrioSystem system, MrioBlocks blocks, double[] l)
    {
        var n = blocks.Size;
        var sectors = blocks.Sectors;
        var yAgg = blocks.SumColumnsByRegion(system.Y);
        var regions = blocks.Regions;
        var xDiag = new double[n * n];
        for (var i = 0; i < n; i++)
            for (var c = 0; c < regions; c++)
                for (var j = 0; j < sectors; j++)
                {
                    var s = 0.0;
                    for (var r = 0; r < regions; r++)
                    {
                        var k = (r * sectors) + j;
                        s += l[(i * n) + k] * yAgg[(k * regions) + c];
                    }
                    xDiag[(i * n) + (c * sectors) + j] = s;
                }
        return xDiag;
    }

    private static MrioExtensionAccounts Accounts(MrioSystem system, MrioBlocks blocks, MrioExtension e, double[] recix, Matrix<double> l, double[] xDiag)
    {
        var n = blocks.Size;
        var k = e.F.RowCount;
        var cols = system.Z.Columns;
        var s = ScaleColumns(e.F.Values, k, n, recix);
        var sMatrix = Matrix<double>.Build.DenseOfRowMajor(k, n, s);
        var m = (sMatrix * l).ToRowMajorArray();
        MrioMatrix? sy = null;
        if (e.FY is { } fy)
        {
            var yTotals = new double[system.Y.ColumnCount];
            for (var i = 0; i < n; i++)
                for (var c = 0; c < yTotals.Length; c++) yTotals[c] += system.Y.Values[(i * yTotals.Length) + c];
            sy = new MrioMatrix(fy.Rows, fy.Columns, ScaleColumns(fy.Values, k, fy.ColumnCount, Reciprocal(yTotals)));
        }
        var xDiagMatrix = Matrix<double>.Build.DenseOfRowMajor(n, n, xDiag);
        var dCba = (sMatrix * xDiagMatrix).ToRowMajorArray();
        var xTrade = (double[])xDiag.Clone();
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                if (blocks.RegionOf(i) == blocks.RegionOf(j)) xTrade[(i * n) + j] = 0;
        var dImp = (sMatrix * Matrix<double>.Build.DenseOfRowMajor(n, n, xTrade)).ToRowMajorArray();
        var dPba = ScaleColumns(s, k, n, RowSums(xDiag, n));
        var dExp = ScaleColumns(s, k, n, RowSums(xTrade, n));
        var rows = e.F.Rows;
        MrioMatrix M(double[] v) => new(rows, cols, v);
        var fyAgg = e.FY is { } f ? blocks.SumColumnsByRegion(f) : new double[k * blocks.Regions];
        var perRegion = new[]
        {
            blocks.ByRegion(rows, blocks.SumColumnsByRegion(M(dCba)), fyAgg),
            blocks.ByRegion(rows, blocks.SumColumnsByRegion(M(dPba)), fyAgg),
            blocks.ByRegion(rows, blocks.SumColumnsByRegion(M(dImp)), null),
            blocks.ByRegion(rows, blocks.SumColumnsByRegion(M(dExp)), null),
        };
        var perCapita = system.Population is { } pop ? perRegion.Select(r => blocks.PerCapita(r, pop)).ToList() : [];
        return new MrioExtensionAccounts(e, M(s), sy, M(m), M(dCba), M(dPba), M(dImp), M(dExp), perRegion, perCapita);
    }

    private static double[] RowSums(double[] values, int n)
    {
        var r = new double[n];
        for (var i = 0; i < n; i++)
        {
            var s = 0.0;
            for (var j = 0; j < n; j++) s += values[(i * n) + j];
            r[i] = s;
        }
        return r;
    }
}
