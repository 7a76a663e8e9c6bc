using Velferd.Turnus.Solver.Curtois;

namespace Velferd.Turnus.Solver.Tests.Curtois;

/// <summary>Long horizons keep the pricer's label heads in a dictionary instead of an array: both must chain labels alike.</summary>
public sealed class LabelLayerTests
{
    [Theory]
    [InlineData(100)]
    [InlineData(1_000_000)]
    public void Labels_of_a_group_chain_from_the_newest_whatever_the_storage(int groups)
    {
        var layer = new LabelLayer(groups);
        Assert.Equal(groups <= 1 << 14, LabelLayer.IsDense(groups));
        var label = SchedulePricer.Label.Start;

        layer.Add(7, label with { Cost = 1 });
        layer.Add(groups - 1, label with { Cost = 2 });
        layer.Add(7, label with { Cost = 3 });

        Assert.Equal(2, layer.Head(7));
        Assert.Equal(0, layer.Next(2));
        Assert.Equal(-1, layer.Next(0));
        Assert.Equal(1, layer.Head(groups - 1));
        Assert.Equal(-1, layer.Head(8));
        layer.Clear();
        Assert.Equal(-1, layer.Head(7));
        Assert.Empty(layer.Labels);
    }
}
