using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ChatBot.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(ChatBot.Benchmarks.QueryBenchmarks).Assembly).Run(args);
