using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Chokepoint.Benchmarks.EngineBenchmarks).Assembly).Run(args);
