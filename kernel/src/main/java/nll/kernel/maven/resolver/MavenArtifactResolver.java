package nll.kernel.maven.resolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nll.kernel.maven.ArtifactResolver;
import nll.kernel.maven.ResolverConfiguration;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;

/**
 * Maven Resolver, configured as {@code mvn} would be from the user's and the installation's settings.xml:
 * local repository, offline mode, mirrors, proxies and server credentials (plain-text passwords only; encrypted
 * ones are not decrypted). Artifacts come from the local repository when they are there, else from Maven Central
 * (or the mirror that settings.xml puts in front of it).
 * <p>
 * Loaded only by {@link nll.kernel.maven.ResolverLoader}, in the class loader that holds the resolver's jars.
 */
public final class MavenArtifactResolver implements ArtifactResolver {

    private static final RemoteRepository CENTRAL =
            new RemoteRepository.Builder("central", "default", "https://repo.maven.apache.org/maven2/").build();

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final Path localRepository;
    private final List<RemoteRepository> repositories;

    public MavenArtifactResolver(ResolverConfiguration configuration) {
        Settings settings = settings(configuration);
        this.localRepository = configuration
                .localRepositoryOverride()
                .or(() -> java.util.Optional.ofNullable(settings.getLocalRepository())
                        .filter(s -> !s.isBlank())
                        .map(Path::of))
                .orElse(configuration.defaultLocalRepository())
                .toAbsolutePath()
                .normalize();
        this.system = new RepositorySystemSupplier().get();
        DefaultMirrorSelector mirrors = new DefaultMirrorSelector();
        for (Mirror mirror : settings.getMirrors()) {
            mirrors.add(
                    mirror.getId(),
                    mirror.getUrl(),
                    mirror.getLayout(),
                    false,
                    mirror.isBlocked(),
                    mirror.getMirrorOf(),
                    mirror.getMirrorOfLayouts());
        }
        DefaultProxySelector proxies = new DefaultProxySelector();
        for (Proxy proxy : settings.getProxies()) {
            if (proxy.isActive()) {
                AuthenticationBuilder login = new AuthenticationBuilder()
                        .addUsername(proxy.getUsername())
                        .addPassword(proxy.getPassword());
                proxies.add(
                        new org.eclipse.aether.repository.Proxy(
                                proxy.getProtocol(), proxy.getHost(), proxy.getPort(), login.build()),
                        proxy.getNonProxyHosts());
            }
        }
        DefaultAuthenticationSelector logins = new DefaultAuthenticationSelector();
        for (Server server : settings.getServers()) {
            logins.add(
                    server.getId(),
                    new AuthenticationBuilder()
                            .addUsername(server.getUsername())
                            .addPassword(server.getPassword())
                            .build());
        }
        this.session = new SessionBuilderSupplier(system)
                .get()
                .withLocalRepositoryBaseDirectories(localRepository)
                .setOffline(settings.isOffline())
                .setMirrorSelector(mirrors)
                .setProxySelector(proxies)
                .setAuthenticationSelector(logins)
                .setSystemProperties(System.getProperties())
                .build();
        this.repositories = system.newResolutionRepositories(session, List.of(CENTRAL));
    }

    private static Settings settings(ResolverConfiguration configuration) {
        DefaultSettingsBuildingRequest request =
                new DefaultSettingsBuildingRequest().setSystemProperties(System.getProperties());
        Path user = configuration.userSettings();
        if (Files.isRegularFile(user)) {
            request.setUserSettingsFile(user.toFile());
        }
        configuration
                .globalSettings()
                .filter(Files::isRegularFile)
                .ifPresent(g -> request.setGlobalSettingsFile(g.toFile()));
        try {
            return new DefaultSettingsBuilderFactory()
                    .newInstance()
                    .build(request)
                    .getEffectiveSettings();
        } catch (SettingsBuildingException e) {
            throw new IllegalArgumentException(
                    "%maven: cannot read Maven's settings (" + user + "): " + e.getMessage(), e);
        }
    }

    @Override
    public List<Path> resolve(List<String> coordinates) {
        CollectRequest collect = new CollectRequest();
        for (String coordinate : coordinates) {
            collect.addDependency(new Dependency(artifact(coordinate), JavaScopes.RUNTIME));
        }
        collect.setRepositories(repositories);
        DependencyRequest request =
                new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
        try {
            Set<Path> jars = new LinkedHashSet<>();
            for (ArtifactResult result :
                    system.resolveDependencies(session, request).getArtifactResults()) {
                jars.add(result.getArtifact().getPath());
            }
            return new ArrayList<>(jars);
        } catch (DependencyResolutionException e) {
            throw new IllegalArgumentException(
                    "%maven: cannot resolve " + String.join(" ", coordinates) + "; looked in " + whereItLooked() + ": "
                            + rootMessage(e),
                    e);
        }
    }

    private static DefaultArtifact artifact(String coordinate) {
        try {
            return new DefaultArtifact(coordinate);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "%maven: '" + coordinate + "' is not groupId:artifactId[:extension[:classifier]]:version", e);
        }
    }

    private String whereItLooked() {
        String local = "the local repository " + localRepository;
        if (session.isOffline()) {
            return local + " only (offline, as settings.xml says)";
        }
        return local + " and "
                + repositories.stream().map(MavenArtifactResolver::describe).collect(Collectors.joining(", "));
    }

    private static String describe(RemoteRepository repository) {
        String mirrored = repository.getMirroredRepositories().isEmpty()
                ? ""
                : " (mirror of "
                        + repository.getMirroredRepositories().stream()
                                .map(RemoteRepository::getId)
                                .collect(Collectors.joining(", "))
                        + ")";
        return repository.getId() + " " + repository.getUrl() + mirrored;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
