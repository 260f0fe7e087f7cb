using ChatBot.LoadDriver;

// dotnet run -c Release --project bench/ChatBot.LoadDriver -- --target messages --concurrency 16 --requests 4000 --duration 60
// (starts the built host on 127.0.0.1; --url http://host:port targets a running one instead)
return await LoadRun.MainAsync(args);
