using Chokepoint.Application.Inputs;
using Chokepoint.Data.Parts;
using Chokepoint.Model;

namespace Chokepoint.Application.Parts;

/// <summary>Reads a parts list for every surface: refuses it (invalid data) with every problem's row and column.</summary>
public static class PartsInput
{
    /// <summary>Largest parts file read, in bytes.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>The valid rows of <paramref name="stream"/>.</summary>
    public static IReadOnlyList<PartRow> Read(Dataset dataset, Stream stream, string fileName, string? map, string fileParameter, string mapParameter)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(stream);
        var format = PartsFileReader.FormatOf(fileName)
            ?? throw new RequestException(fileParameter, $"'{Resolve.Clip(fileName)}' is neither .csv nor .xlsx; expected a parts list in one of those");
        var columns = PartsColumns.Parse(map, out var problem) ?? throw new RequestException(mapParameter, $"{mapParameter}: {problem}");
        var read = PartsFileReader.Read(stream, format, columns, dataset.Countries.ContainsKey);
        if (read.Ok) return read.Rows;
        var lines = read.Problems.Select(p => $"{fileName}: {p}").ToList();
        if (read.ProblemCount > read.Problems.Count) lines.Add($"… and {read.ProblemCount - read.Problems.Count} more problem(s)");
        throw new RequestException(fileParameter, $"the parts list has {read.ProblemCount} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}", ErrorKind.InvalidData);
    }
}
