using Chokepoint.Application.Tables;

namespace Chokepoint.Application;

/// <summary>What a handler returns: the JSON contract and the tables (with their notes) that every surface shows.</summary>
/// <typeparam name="T">The contract type (snake_case JSON).</typeparam>
public sealed record Answer<T>(T Json, IReadOnlyList<Table> Tables)
{
    /// <summary>Every note of every table, in order.</summary>
    public IEnumerable<string> Notes => Tables.SelectMany(t => t.Notes);
}
