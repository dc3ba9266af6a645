import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Saves the whole X screen ($DISPLAY) as a PNG and fails when it is one flat colour (nothing drawn).
 * Run as a source file: `java packaging/verify/Screenshot.java out.png` (no xwd/ImageMagick needed).
 */
public class Screenshot {
  public static void main(String[] args) throws Exception {
    Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
        .getDefaultConfiguration().getBounds();
    BufferedImage shot = new Robot().createScreenCapture(screen);
    ImageIO.write(shot, "png", new File(args[0]));
    int first = shot.getRGB(0, 0);
    long differing = 0;
    for (int y = 0; y < shot.getHeight(); y += 4) {
      for (int x = 0; x < shot.getWidth(); x += 4) {
        if (shot.getRGB(x, y) != first) {
          differing++;
        }
      }
    }
    System.out.println("screenshot " + screen.width + "x" + screen.height + ", " + differing + " sampled pixels differ from the corner");
    if (differing < 100) {
      System.err.println("the screen is blank: no window was drawn");
      System.exit(1);
    }
  }
}
