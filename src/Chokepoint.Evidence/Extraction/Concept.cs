namespace Chokepoint.Evidence.Extraction;

/// <summary>
/// Something a text can name and the dataset can hold as items: a material, a component or a drug
/// ingredient, with its English and Chinese names and the keys that find its items in a dataset
/// (matched against item ids and names).
/// </summary>
/// <param name="Id">Stable key stored in the workspace, e.g. <c>rare-earth</c>.</param>
/// <param name="Industry">Industry id (as in items.csv) the concept belongs to.</param>
/// <param name="Weight">How specific the concept is: a component (4) beats a drug (4) beats a material (2) when several are named.</param>
/// <param name="Names">English names, matched case-insensitively on word boundaries.</param>
/// <param name="ChineseNames">Chinese names, matched as substrings.</param>
/// <param name="Keys">Lower-case fragments of dataset item ids or names that denote this concept.</param>
public sealed record Concept(string Id, string Industry, int Weight, IReadOnlyList<string> Names, IReadOnlyList<string> ChineseNames, IReadOnlyList<string> Keys);
