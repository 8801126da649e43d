namespace Chokepoint.Model.Macro;

/// <summary>
/// One table of an MRIO output folder: numbers (<see cref="Values"/>) or, for unit tables, one text per
/// row (<see cref="Units"/> labelled by <see cref="UnitRows"/>).
/// </summary>
/// <param name="Folder">Sub-folder ("" for the system itself, else the extension's name).</param>
/// <param name="Name">Table name without extension, as pymrio names it (Z, L, D_cba_reg, unit, …).</param>
/// <param name="SystemName">Name written into the folder's file parameters (the extension's name, or "" for the system).</param>
public sealed record MrioOutputTable(string Folder, string Name, string SystemName, MrioMatrix? Values, MrioLabels? UnitRows = null, IReadOnlyList<string>? Units = null);
