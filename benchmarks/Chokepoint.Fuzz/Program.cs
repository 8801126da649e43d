using System.Globalization;
using Chokepoint.Fuzz;

// chokepoint-fuzz [--inputs N] [--seed S] [--threads T] [--hang-seconds X] [--memory-mb M] [--start N] [--save DIR]
// Feeds N generated inputs through the dataset loader, the scenario parser, the evidence extractor (mutated
// seeds and hostile HTML) and search, and prints the outcome counts (as CLI exit codes), crashes, hangs and
// inputs over the memory limit. Exit 0 when none crashed, hung or went over.
var options = new FuzzOptions(1_000_000);
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    options = args[i] switch
    {
        "--inputs" => options with { Inputs = long.Parse(Next(), CultureInfo.InvariantCulture) },
        "--seed" => options with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
        "--threads" => options with { Threads = int.Parse(Next(), CultureInfo.InvariantCulture) },
        "--hang-seconds" => options with { HangSeconds = double.Parse(Next(), CultureInfo.InvariantCulture) },
        "--memory-mb" => options with { MemoryLimitBytes = long.Parse(Next(), CultureInfo.InvariantCulture) * 1_000_000 },
        "--start" => options with { Start = long.Parse(Next(), CultureInfo.InvariantCulture) },
        "--save" => options with { SaveDir = Next() },
        _ => throw new ArgumentException($"unknown option {args[i]}; expected --inputs, --seed, --threads, --hang-seconds, --memory-mb, --start or --save"),
    };
}
if (options.Inputs < 1 || options.Threads < 1) { Console.Error.WriteLine("--inputs and --threads must be at least 1"); return 1; }
var report = Fuzzer.Run(options, n => Console.Error.WriteLine($"{n:N0} inputs"));
Console.Write(FuzzText.Summary(options, report));
return report.Crashes.Count == 0 && report.Hangs.Count == 0 && report.OverMemory.Count == 0 ? 0 : 3;
