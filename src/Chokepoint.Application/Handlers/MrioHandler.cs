using System.Globalization;
using Chokepoint.Analysis.Macro;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Data.Mrio;
using Chokepoint.Model.Macro;

namespace Chokepoint.Application.Handlers;

/// <summary>mrio calc: read an MRIO folder in pymrio's text layout, compute x, A, L and every extension's accounts.</summary>
public static class MrioHandler
{
    /// <summary>Reads and computes the MRIO in <paramref name="folder"/>; the tables come back for the surface to write (staged, atomically).</summary>
    /// <param name="folder">The MRIO folder.</param>
    /// <param name="parameter">How the surface names the folder input (DIR, dir).</param>
    /// <exception cref="RequestException">The folder is not a readable MRIO (invalid data).</exception>
    /// <exception cref="MrioComputationException">I − A cannot be inverted.</exception>
    public static (MrioSystem System, IReadOnlyList<MrioOutputTable> Tables) Calc(string folder, string parameter)
    {
        MrioSystem system;
        try { system = MrioFolderReader.Read(folder); }
        catch (MrioFormatException ex) { throw new RequestException(parameter, ex.Message, ErrorKind.InvalidData, ex); }
        return (system, MrioOutput.Tables(MrioCalculator.Calculate(system)));
    }

    /// <summary>The answer once the tables are written to <paramref name="written"/>.</summary>
    public static Answer<MrioCalcJson> Written(MrioSystem system, IReadOnlyList<MrioOutputTable> tables, string written)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(tables);
        var files = tables.Select(t => (t.Folder.Length > 0 ? t.Folder + "/" : "") + t.Name + ".txt").ToList();
        var table = new Table($"MRIO computed: {written}", "what", "value");
        table.Add("regions", system.Regions.Count.ToString(CultureInfo.InvariantCulture))
            .Add("sectors per region", system.Sectors.Count.ToString(CultureInfo.InvariantCulture))
            .Add("extensions", string.Join(", ", system.Extensions.Select(e => e.Name)))
            .Add("tables written", files.Count.ToString(CultureInfo.InvariantCulture));
        table.Note("x, Z, Y, A, L = (I − A)⁻¹ and per extension F, F_Y, S, S_Y, M, D_cba, D_pba, D_imp, D_exp (+ _reg per region, _cap per head) in pymrio's text layout (docs/model.md, MRIO).");
        table.Note("Numbers are written in round-trip form (the shortest text that reads back to the same double), not pymrio's default %.12g: compare cell by cell.");
        return new(new MrioCalcJson(written, system.Regions, system.Sectors, system.Extensions.Select(e => e.Name).ToList(), files), [table]);
    }
}
