using Chokepoint.Model;

namespace Chokepoint.Data.Parts;

/// <summary>The rows read from a parts list and every problem found (at most <see cref="PartsFileReader.MaxProblems"/> kept).</summary>
/// <param name="Rows">The valid rows, in file order.</param>
/// <param name="Problems">Problems, in file order.</param>
/// <param name="ProblemCount">All problems, including those not kept.</param>
public sealed record PartsReadResult(IReadOnlyList<PartRow> Rows, IReadOnlyList<PartsProblem> Problems, int ProblemCount)
{
    /// <summary>True when the file has no problem.</summary>
    public bool Ok => ProblemCount == 0;
}
