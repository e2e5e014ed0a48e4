package dev.carafe.server.undertow;

import dev.carafe.gateway.Gateway;
import dev.carafe.server.Server;
import dev.carafe.server.contract.ServerAdapter;
import dev.carafe.server.contract.ServerContract;

/** The shared server suite, on Undertow. */
class UndertowContractTest extends ServerContract {
  @Override
  protected ServerAdapter adapter() {
    return new ServerAdapter() {
      @Override
      public Server.Builder builder(Gateway gateway) {
        return UndertowServer.builder(gateway);
      }

      @Override
      public String failureLogger() {
        return GatewayHandler.class.getName();
      }

      @Override
      public boolean isWorkerThread(String threadName) {
        // XNIO names its worker pool's threads "XNIO-1 task-1", its I/O threads "XNIO-1 I/O-1".
        return threadName.contains(" task-");
      }

      @Override
      public boolean onIoThread() {
        return Thread.currentThread().getName().contains(" I/O-");
      }
    };
  }
}
