import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The least a JavaFX window does: one label. verify-deb starts it on the installed runtime, with a
 * class-data archive of its own made the way postinst makes the app's, to show what first frame
 * the same JVM, JavaFX and display give before any of DigitWhisk's code runs.
 */
public class HelloWindow extends Application {
  @Override
  public void start(Stage stage) {
    stage.setScene(new Scene(new Label("hello"), 400, 300));
    stage.show();
    new AnimationTimer() {
      @Override
      public void handle(long now) {
        stop();
        System.err.println("first frame");
      }
    }.start();
  }

  public static void main(String[] args) {
    launch(HelloWindow.class, args);
  }
}
