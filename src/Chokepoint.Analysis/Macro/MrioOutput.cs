using Chokepoint.Model.Macro;

namespace Chokepoint.Analysis.Macro;

/// <summary>The tables of computed accounts in the order and with the names pymrio saves them.</summary>
public static class MrioOutput
{
    private static readonly string[] Accounts = ["D_cba", "D_pba", "D_imp", "D_exp"];

    /// <summary>x, Z, Y, A, L, unit (and population) for the system; F, F_Y, S, S_Y, M, D_* and D_*_reg/_cap and unit per extension.</summary>
    public static IReadOnlyList<MrioOutputTable> Tables(MrioAccounts accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var s = accounts.System;
        var list = new List<MrioOutputTable>
        {
            new("", "Z", "", s.Z), new("", "Y", "", s.Y), new("", "x", "", accounts.X),
            new("", "A", "", accounts.A), new("", "L", "", accounts.L),
            new("", "unit", "", null, s.Z.Rows, s.Units),
        };
        if (s.Population is { } pop) list.Add(new("", "population", "", pop));
        foreach (var e in accounts.Extensions)
        {
            var name = e.Extension.Name;
            void Add(string table, MrioMatrix? m) { if (m is not null) list.Add(new(name, table, name, m)); }
            Add("F", e.Extension.F);
            Add("F_Y", e.Extension.FY);
            Add("S", e.S);
            Add("S_Y", e.SY);
            Add("M", e.M);
            Add("D_cba", e.DCba);
            Add("D_pba", e.DPba);
            Add("D_imp", e.DImp);
            Add("D_exp", e.DExp);
            for (var i = 0; i < Accounts.Length; i++) Add(Accounts[i] + "_reg", e.PerRegion[i]);
            for (var i = 0; i < e.PerCapita.Count; i++) Add(Accounts[i] + "_cap", e.PerCapita[i]);
            list.Add(new(name, "unit", name, null, e.Extension.F.Rows, e.Extension.Units));
        }
        return list;
    }
}
