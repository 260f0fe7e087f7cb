namespace ChatBot.Web.Telemetry;

/// <summary>Wraps registered services in a decorator, keeping their lifetime (what Scrutor's Decorate does, in a few lines).</summary>
internal static class ServiceCollectionDecoration
{
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        for (var i = 0; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType != typeof(TService) || descriptor.IsKeyedService)
            {
                continue;
            }

            Func<IServiceProvider, object> create = descriptor switch
            {
                { ImplementationFactory: { } factory } => factory,
                { ImplementationInstance: { } instance } => _ => instance,
                _ => sp => ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!),
            };
            services[i] = ServiceDescriptor.Describe(typeof(TService), sp => decorate(sp, (TService)create(sp)), descriptor.Lifetime);
        }

        return services;
    }
}
