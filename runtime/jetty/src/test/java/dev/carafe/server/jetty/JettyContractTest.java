package dev.carafe.server.jetty;

import dev.carafe.gateway.Gateway;
import dev.carafe.server.Server;
import dev.carafe.server.contract.ServerAdapter;
import dev.carafe.server.contract.ServerContract;

/** The shared server suite, on Jetty. */
class JettyContractTest extends ServerContract {
  @Override
  protected ServerAdapter adapter() {
    return new ServerAdapter() {
      @Override
      public Server.Builder builder(Gateway gateway) {
        return JettyServer.builder(gateway);
      }

      @Override
      public String failureLogger() {
        return GatewayHandler.class.getName();
      }

      @Override
      public boolean isWorkerThread(String threadName) {
        return threadName.startsWith(JettyServer.THREAD_NAME + "-");
      }
    };
  }
}
