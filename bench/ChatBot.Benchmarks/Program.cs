using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ChatBot.Benchmarks -- --filter '*'
// The build timeout is raised because generated projects build slowly on a busy 2-core machine.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
BenchmarkSwitcher.FromAssembly(typeof(ChatBot.Benchmarks.QueryBenchmarks).Assembly).Run(args, config);
