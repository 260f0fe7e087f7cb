using ChatBot.Scale;

// dotnet run -c Release --project bench/ChatBot.Scale -- --scale 10 [--embeddings real|synthetic] [--queries 200] [--json out.json]
return await ScaleRun.MainAsync(args);
