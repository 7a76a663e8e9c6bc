using Velferd.Turnus.Server;

await ServerApp.Build(args).RunAsync();
