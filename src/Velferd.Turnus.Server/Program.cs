using Velferd.Turnus.Server;

if (args is ["--health-probe", ..])
    return await HealthProbe.RunAsync(args.Skip(1).FirstOrDefault());

await ServerApp.Build(args).RunAsync();
return 0;
