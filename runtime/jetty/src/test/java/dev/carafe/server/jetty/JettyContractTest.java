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

      /**
       * Jetty's selectors are threads of its pool, named as the others: the one that read the
       * request runs the handler itself in produce-consume mode, so its selector's execution
       * strategy is below the handler on the stack; a task handed to a worker has none.
       */
      @Override
      public boolean onIoThread() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(frame ->
            frame.getClassName().equals(
                "org.eclipse.jetty.util.thread.strategy.AdaptiveExecutionStrategy")
            && frame.getMethodName().equals("pcRunTask")));
      }
    };
  }
}
