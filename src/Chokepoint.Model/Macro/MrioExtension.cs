namespace Chokepoint.Model.Macro;

/// <summary>
/// A satellite account of an MRIO system (factor inputs such as value added, emissions, employment):
/// stressors by sector (F) and, optionally, by final-demand column (F_Y).
/// </summary>
/// <param name="Name">Folder name of the extension, e.g. "factor_inputs".</param>
/// <param name="F">Stressors × (region, sector), same columns as Z.</param>
/// <param name="FY">Stressors × (region, category), same columns as Y; null when the account has none.</param>
/// <param name="Units">Unit of each stressor row, in row order.</param>
public sealed record MrioExtension(string Name, MrioMatrix F, MrioMatrix? FY, IReadOnlyList<string> Units);
