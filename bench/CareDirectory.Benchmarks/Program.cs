using BenchmarkDotNet.Running;
using CareDirectory.Benchmarks;

// The app's own Program is visible here too, so the assembly is found through a benchmark type.
BenchmarkSwitcher.FromAssembly(typeof(CursorBenchmarks).Assembly).Run(args);
