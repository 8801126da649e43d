using Chokepoint.Application;
using Chokepoint.Application.Evidence;
using Chokepoint.Application.Inputs;
using Chokepoint.Data;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Data.Sources;
using Chokepoint.Evidence;
using Chokepoint.Evidence.Store;
using Chokepoint.Evidence.Text;
using Chokepoint.Model;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Fuzz;

/// <summary>
/// The entry points an input is fed through, each answering with the CLI's exit code: 0 accepted,
/// 1 refused as a usage error (a search query or filter), 2 refused as invalid data. An exception
/// escaping is a crash (exit 3) and is caught by the caller.
/// </summary>
internal static class EntryPoints
{
    /// <summary>The date searches run on (the filters' dates are fixed, so the answer does not depend on the day).</summary>
    private static readonly DateOnly Today = new(2026, 1, 1);

    public static int LoadDataset(IReadOnlyDictionary<string, byte[]> files) => DatasetLoader.Load(new MemorySource(files)).HasErrors ? 2 : 0;

    public static int RunScenario(byte[] bytes, Dataset dataset)
    {
        var diagnostics = new DiagnosticBag();
        var text = GuardedText.Decode("scenario.yaml", bytes, diagnostics);
        var scenario = text is null ? null : ScenarioParser.Parse("scenario.yaml", text, dataset, diagnostics);
        if (scenario is null) return 2;
        Simulator.Run(NetworkCompiler.Compile(dataset, scenario), new SimulationOptions(1, 1, 1));
        return 0;
    }

    /// <summary>The evidence reader and extractor, as ingest runs them on one file.</summary>
    public static int Extract((string Name, byte[] Bytes) file)
    {
        var (name, bytes) = file;
        var read = DocumentReader.Read(name, bytes);
        if (read.Text is not { } text) return 2;
        DocumentAnalyzer.Analyze(text);
        return 0;
    }

    /// <summary>
    /// Ingests the documents into a fresh in-memory workspace (the same store and index as a file,
    /// without the disk), then asks each query through <see cref="SearchHandler"/>, the code behind
    /// the CLI's search and the web's, with its default time budget. 2 when no document was stored,
    /// 1 when a query was refused (as the CLI exits on a bad query or a spent budget), else 0.
    /// </summary>
    public static int Search(SearchCase input, Dataset dataset)
    {
        using var workspace = Workspace.Open(":memory:");
        var stored = 0;
        foreach (var (name, bytes) in input.Documents)
            if (workspace.Ingest(name, bytes).Status != IngestStatus.Skipped) stored++;
        if (stored == 0) return 2;
        var session = new Session(dataset, Today, input.Surface);
        var code = 0;
        foreach (var query in input.Queries)
        {
            try
            {
                SearchHandler.Handle(session, workspace, query, input.Surface == Surface.Cli ? 10 : 20);
            }
            catch (Exception ex) when (ex is RequestException or QueryBudgetException)
            {
                code = 1;
            }
        }
        return code;
    }
}
