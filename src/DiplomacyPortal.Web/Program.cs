using DiplomacyPortal.Web.Operations;
using DiplomacyPortal.Web.Startup;

NativeHeap.LimitArenas(); // before the host starts its threads

var builder = WebApplication.CreateBuilder(args);
builder.UsePortalServer();
builder.AddPortalLogging();
builder.Services.AddPortalData(builder.Configuration);
builder.Services.AddPortalAccounts(builder.Configuration);
builder.Services.AddPortalWeb();
builder.Services.AddPortalOperations(builder.Configuration);

var app = builder.Build();
await app.InitializePortalAsync();
app.UsePortal();
await app.RunAsync();
