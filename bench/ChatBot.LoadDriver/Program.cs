using ChatBot.LoadDriver;

// dotnet run -c Release --project bench/ChatBot.LoadDriver -- --target messages --concurrency 16 --requests 4000 --duration 60
// (starts the built host on 127.0.0.1; --url http://host:port targets a running one instead)
// dotnet run -c Release --project bench/ChatBot.LoadDriver -- live-corpus --rounds 5
// (time from a file added to / deleted from a copy of corpus/ under a running host to the answer that shows it)
// dotnet run -c Release --project bench/ChatBot.LoadDriver -- streaming --token-ms 20
// (time to the first visible update of streamed answers, with a scripted model sending a word every 20 ms)
return args switch
{
    ["live-corpus", ..] => await LiveCorpusRun.MainAsync(args[1..]),
    ["streaming", ..] => await StreamingRun.MainAsync(args[1..]),
    _ => await LoadRun.MainAsync(args),
};
