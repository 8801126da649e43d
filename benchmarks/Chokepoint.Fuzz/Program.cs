using System.Globalization;
using Chokepoint.Fuzz;

// chokepoint-fuzz [--inputs N] [--seed S] [--threads T] [--hang-seconds X] [--memory-mb M] [--start N] [--save DIR]
// Feeds N generated inputs through the dataset loader, the scenario parser, the evidence extractor (mutated
// seeds and hostile HTML) and search, and prints the outcome counts (as CLI exit codes), crashes, hangs and
// inputs over the memory limit. Exit 0 when none crashed, hung or went over.
const string Usage = """
    Usage: chokepoint-fuzz [--inputs N] [--seed S] [--threads T] [--hang-seconds X] [--memory-mb M] [--start N] [--save DIR]
      --inputs N        inputs to generate (default 1,000,000)
      --seed S          seed of the sequence (default 1); input n is rebuilt from (S, n) alone
      --threads T       threads (default: one per core)
      --hang-seconds X  CPU seconds on an input's thread that count as a hang (default 2)
      --memory-mb M     MB allocated on an input's thread that count as over memory (default 500)
      --start N         index of the first input (replay a finding with --start N --inputs 1)
      --save DIR        write every finding's input to DIR
    Exit 0 when no input crashed, hung or went over memory; 3 when one did; 1 on a bad option.
    """;
var options = new FuzzOptions(1_000_000);
try
{
    for (var i = 0; i < args.Length; i++)
    {
        if (args[i] is "--help" or "-h" or "-?") { Console.Write(Usage); return 0; }
        string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
        long Whole() { var name = args[i]; var v = Next(); return long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= int.MaxValue ? n : throw new FormatException($"{name} expects a whole number, got '{v}'"); }
        options = args[i] switch
        {
            "--inputs" => options with { Inputs = Whole() },
            "--seed" => options with { Seed = (int)Whole() },
            "--threads" => options with { Threads = (int)Whole() },
            "--hang-seconds" => options with { HangSeconds = double.TryParse(Next(), NumberStyles.Float, CultureInfo.InvariantCulture, out var h) && h > 0 ? h : throw new FormatException($"--hang-seconds expects a positive number, got '{args[i]}'") },
            "--memory-mb" => options with { MemoryLimitBytes = Whole() * 1_000_000 },
            "--start" => options with { Start = Whole() },
            "--save" => options with { SaveDir = Next() },
            _ => throw new FormatException($"unknown option '{args[i]}'"),
        };
    }
}
catch (FormatException ex)
{
    Console.Error.WriteLine($"Error: {ex.Message}");
    Console.Error.Write(Usage);
    return 1;
}
if (options.Inputs < 1 || options.Threads < 1) { Console.Error.WriteLine("--inputs and --threads must be at least 1"); return 1; }
var report = Fuzzer.Run(options, n => Console.Error.WriteLine($"{n:N0} inputs"));
Console.Write(FuzzText.Summary(options, report));
return report.Crashes.Count == 0 && report.Hangs.Count == 0 && report.OverMemory.Count == 0 ? 0 : 3;
