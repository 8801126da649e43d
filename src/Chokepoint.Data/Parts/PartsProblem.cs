namespace Chokepoint.Data.Parts;

/// <summary>A problem in a parts list, at its row and column.</summary>
/// <param name="Row">Row number in the file (1 = header).</param>
/// <param name="Column">The column as the file names it, with its letter for a spreadsheet or its number for CSV; empty for the whole file.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record PartsProblem(int Row, string Column, string Message)
{
    /// <summary>"row 12, column 'origin' (C): …".</summary>
    public override string ToString() => Column.Length == 0 ? $"row {Row}: {Message}" : $"row {Row}, column {Column}: {Message}";
}
