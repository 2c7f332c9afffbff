# The Graph API (src/Graph.Api): built with the .NET 10 SDK, run on the ASP.NET Core 10 runtime.
# Build context is the repository root (docker compose build, or: docker build -t graph-api .).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Graph.Api/Graph.Api.csproj --configuration Release --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The migration runner applies cypher/schema.cypher and cypher/seed/*.cypher at start-up (Graph__Seed=true).
COPY cypher/ ./cypher/
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Graph__CypherDirectory=/app/cypher
EXPOSE 8080
ENTRYPOINT ["dotnet", "Graph.Api.dll"]
