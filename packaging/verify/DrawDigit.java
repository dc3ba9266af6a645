import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/** Draws a "1" as a user would (dark ink on white, 280 px): `java DrawDigit.java out.png`. */
public class DrawDigit {
  public static void main(String[] args) throws Exception {
    BufferedImage image = new BufferedImage(280, 280, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 280, 280);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawPolyline(new int[] {118, 146, 146}, new int[] {72, 44, 236}, 3);
    g.dispose();
    ImageIO.write(image, "png", new File(args[0]));
  }
}
