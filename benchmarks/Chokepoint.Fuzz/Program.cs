using System.Globalization;
using Chokepoint.Fuzz;

// chokepoint-fuzz [--inputs N] [--seed S] [--threads T] [--hang-seconds X] [--start N] [--save DIR]
// Feeds N mutated inputs through the dataset loader, the scenario parser and the evidence extractor and
// prints the outcome counts (as CLI exit codes), crashes and hangs. Exit 0 when none crashed or hung.
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
        "--start" => options with { Start = long.Parse(Next(), CultureInfo.InvariantCulture) },
        "--save" => options with { SaveDir = Next() },
        _ => throw new ArgumentException($"unknown option {args[i]}; expected --inputs, --seed, --threads, --hang-seconds, --start or --save"),
    };
}
if (options.Inputs < 1 || options.Threads < 1) { Console.Error.WriteLine("--inputs and --threads must be at least 1"); return 1; }
var report = Fuzzer.Run(options, n => Console.Error.WriteLine($"{n:N0} inputs"));
Console.Write(FuzzText.Summary(options, report));
return report.Crashes.Count == 0 && report.Hangs.Count == 0 ? 0 : 3;
