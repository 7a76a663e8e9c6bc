// Each solve uses every core (two CP-SAT workers on the two-core CI machine); solves side by side would only starve
// each other of the time their first plan needs, so the solver tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
