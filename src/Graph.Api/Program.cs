using Graph.Api.Admin;
using Graph.Api.Auth;
using Graph.Api.Bolt;
using Graph.Api.Cypher;
using Graph.Api.GraphQL;
using Graph.Api.Health;
using Graph.Api.Hosting;
using Graph.Api.Store;
using Graph.Api.Ui;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddGraphHosting();
builder.Services.AddGraphAccess(builder.Configuration);
builder.Services.AddGraphStore(builder.Configuration);
builder.Services.AddGraphQLEndpoints(builder.Configuration);
builder.Services.AddCypherEndpoints(builder.Configuration);
builder.Services.AddBolt(builder.Configuration);
builder.Services.AddHealth();
builder.Services.AddUi();

var app = builder.Build();

app.UseGraphHosting();
app.UseGraphAccess();
app.UseGraphQLWebSockets();
app.MapUi();
app.MapGraphQLEndpoints();
app.MapCypherEndpoints();
app.MapAdminEndpoints();
app.MapHealthEndpoints();

app.Run();

/// <summary>Visible to WebApplicationFactory in the HTTP tests.</summary>
public partial class Program;
