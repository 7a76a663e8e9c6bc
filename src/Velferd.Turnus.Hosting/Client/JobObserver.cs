using System.Threading.Channels;
using Velferd.Turnus.Grains.Abstractions.Jobs;

namespace Velferd.Turnus.Hosting.Client;

/// <summary>The client end of a job subscription: updates land in a channel the follower reads.</summary>
internal sealed class JobObserver : IJobObserver
{
    private readonly Channel<JobUpdate> updates = Channel.CreateUnbounded<JobUpdate>();

    public ChannelReader<JobUpdate> Updates => updates.Reader;

    public Task OnJobChanged(JobUpdate update)
    {
        updates.Writer.TryWrite(update);
        return Task.CompletedTask;
    }
}
