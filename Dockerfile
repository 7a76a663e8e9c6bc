# Velferd.Turnus server (one silo + HTTP API). Multi-stage: the SDK builds, the ASP.NET runtime runs.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY . .
RUN dotnet publish src/Velferd.Turnus.Server/Velferd.Turnus.Server.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# 8080 HTTP API and /health, 11111 silo-to-silo, 30000 gateway for clients (turnus --cluster).
EXPOSE 8080 11111 30000
ENV Turnus__Mode=Redis \
    Turnus__Redis=redis:6379
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s CMD ["dotnet", "Velferd.Turnus.Server.dll", "--health-probe"]
ENTRYPOINT ["dotnet", "Velferd.Turnus.Server.dll"]
