using ChatBot.Core.Retrieval;
using ChatBot.Web.Api;
using ChatBot.Web.Channels;
using ChatBot.Web.DirectLine;
using ChatBot.Web.Health;
using ChatBot.Web.Hosting;
using ChatBot.Web.Indexing;
using ChatBot.Web.Sources;
using ChatBot.Web.State;
using ChatBot.Web.Telemetry;

var builder = WebApplication.CreateBuilder(args);
builder.AddChatBotHosting();
builder.Services.AddChatBotRetrieval(builder.Configuration);
builder.Services.AddChatBotAnswering(builder.Configuration);
builder.Services.AddChatBotState(builder.Configuration);
builder.Services.AddChatBotBot(builder.Configuration);
builder.Services.AddIndexHealth();
builder.Services.AddLiveCorpus(builder.Configuration);
builder.Services.AddAskApi(builder.Configuration);
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddWebChat(builder.Configuration);
builder.Services.AddSourceViewer(builder.Configuration);
builder.AddChatBotTelemetry();

var app = builder.Build();
app.UseChatBotHosting();
app.UseChatBotTelemetry();
app.MapBotMessages();
app.MapAskApi();
app.MapIndexHealth();
app.MapLiveCorpus();
app.MapDirectLine();
app.MapWebChat();
app.MapSourceViewer();
app.Run();

/// <summary>Entry point, public so WebApplicationFactory can start the host in tests.</summary>
public partial class Program;
